import { Duration, HbrConfigurationError } from "../lib";

describe("Duration", () => {
  test("days, hours and minutes count in minutes", () => {
    expect(Duration.days(2).toMinutes()).toBe(2880);
    expect(Duration.hours(6).toMinutes()).toBe(360);
    expect(Duration.minutes(90).toMinutes()).toBe(90);
  });

  test("toDays returns whole days, also for hours that make whole days", () => {
    expect(Duration.days(30).toDays()).toBe(30);
    expect(Duration.hours(48).toDays()).toBe(2);
    expect(Duration.days(0).toDays()).toBe(0);
  });

  test("toDays refuses a duration that is not a whole number of days, naming it", () => {
    expect(() => Duration.hours(36).toDays()).toThrow(HbrConfigurationError);
    expect(() => Duration.hours(36).toDays()).toThrow(/PT36H is not a whole number of days/);
    expect(Duration.hours(36).isWholeDays()).toBe(false);
  });

  test("toIsoString uses the largest unit that divides the duration exactly", () => {
    expect(Duration.days(1).toIsoString()).toBe("P1D");
    expect(Duration.hours(24).toIsoString()).toBe("P1D");
    expect(Duration.hours(6).toIsoString()).toBe("PT6H");
    expect(Duration.minutes(120).toIsoString()).toBe("PT2H");
    expect(Duration.minutes(90).toIsoString()).toBe("PT90M");
    expect(Duration.minutes(0).toIsoString()).toBe("PT0M");
    expect(String(Duration.days(7))).toBe("P7D");
  });

  test.each([
    ["NaN", NaN],
    ["a negative amount", -1],
    ["a fraction of the unit", 1.5],
    ["infinity", Infinity],
    ["a string", "3"],
  ])("refuses %s with a typed error that names the value", (_, amount) => {
    let error: unknown;
    try {
      Duration.days(amount as number);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HbrConfigurationError);
    expect((error as HbrConfigurationError).constructPath).toBe("Duration.days");
    expect((error as Error).message).toContain(`got ${typeof amount === "string" ? `"${amount}"` : String(amount)}`);
  });

  test("isDuration tells durations from other values", () => {
    expect(Duration.isDuration(Duration.hours(1))).toBe(true);
    expect(Duration.isDuration(7)).toBe(false);
    expect(Duration.isDuration({ days: 7 })).toBe(false);
  });
});
