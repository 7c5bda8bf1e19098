import { field } from "../../lib/guard/json-values";

describe("reading untrusted JSON", () => {
  test("field reads a property the parsed object has, whatever its value", () => {
    const object = JSON.parse('{"id":"v-1","count":0,"flag":false,"none":null,"list":[1]}');
    expect(field(object, "id")).toBe("v-1");
    expect(field(object, "count")).toBe(0);
    expect(field(object, "flag")).toBe(false);
    expect(field(object, "none")).toBeNull();
    expect(field(object, "list")).toEqual([1]);
    expect(field(object, "missing")).toBeUndefined();
  });

  test("field never reaches Object.prototype: inherited constructor, toString and __proto__ read as missing", () => {
    const object = JSON.parse('{"id":"v-1"}');
    for (const key of ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"]) {
      expect(field(object, key)).toBeUndefined();
    }
  });

  test("field reads a plan's own property even when it has the name of an Object.prototype member", () => {
    const object = JSON.parse('{"constructor":"c","toString":{"a":1},"__proto__":"p"}');
    expect(field(object, "constructor")).toBe("c");
    expect(field(object, "toString")).toEqual({ a: 1 });
    expect(field(object, "__proto__")).toBe("p");
  });

  test("field of an array, a string, a number, null or nothing is undefined, also for names arrays and strings have", () => {
    for (const value of [[1, 2], "text", 3, null, undefined, true]) {
      for (const key of ["length", "values", "map", "id"]) expect(field(value, key)).toBeUndefined();
    }
  });
});
