import { Duration, HbrConfigurationError, Schedule } from "../lib";
import { parseIsoDuration, parseScheduleExpression } from "../lib/rules/policy-rules";

describe("Schedule", () => {
  test("every emits I|<epoch seconds>|<ISO 8601 interval> from the given start", () => {
    const schedule = Schedule.every(Duration.hours(6), { start: new Date("2025-01-01T02:00:00+08:00") });
    expect(schedule.expressionString).toBe("I|1735668000|PT6H");
    expect(schedule.parts).toEqual({ kind: "I", startSeconds: 1735668000, interval: "PT6H", intervalSeconds: 21600 });
  });

  test("every without a start uses the documented fixed start, so output is the same on every run", () => {
    expect(Schedule.every(Duration.days(1)).expressionString).toBe("I|1704067200|P1D");
    expect(Schedule.DEFAULT_START.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(Schedule.DEFAULT_START_EPOCH_SECONDS).toBe(1704067200);
  });

  test("every drops the milliseconds of the start", () => {
    expect(Schedule.every(Duration.days(1), { start: new Date(1700000000999) }).expressionString).toBe("I|1700000000|P1D");
  });

  test("every refuses a zero interval, an invalid date and a start before 1970", () => {
    expect(() => Schedule.every(Duration.minutes(0))).toThrow(/Schedule.every: the interval is zero/);
    expect(() => Schedule.every(Duration.days(1), { start: new Date("not a date") })).toThrow(/start must be a valid Date/);
    expect(() => Schedule.every(Duration.days(1), { start: new Date("1960-01-01T00:00:00Z") })).toThrow(/before 1970/);
    expect(() => Schedule.every(6 as unknown as Duration)).toThrow(/interval must be a Duration, got 6/);
  });

  test("parse accepts the interval form and the crontab form", () => {
    expect(Schedule.parse("I|1700000000|P1D").parts).toMatchObject({ kind: "I", startSeconds: 1700000000, interval: "P1D", intervalSeconds: 86400 });
    expect(Schedule.parse("C|1631685600|0 0 2 ? * 3,5,7").parts).toEqual({ kind: "C", startSeconds: 1631685600, crontab: "0 0 2 ? * 3,5,7" });
  });

  test.each([
    ["I|1700000000", /not in the form I\|<start>\|<interval>/],
    ["X|1700000000|P1D", /starts with "X"/],
    ["I|soon|P1D", /start time "soon" .* is not a whole number of seconds/],
    ["I|1700000000000|P1D", /start time 1700000000000 .* looks like milliseconds/],
    ["I|1700000000|1d", /interval "1d" .* is not an ISO 8601 duration/],
    ["I|1700000000|PT", /interval "PT" .* is not an ISO 8601 duration/],
    ["I|1700000000|PT0H", /interval "PT0H" .* is zero/],
    ["C|1700000000|0 2", /crontab "0 2" .* has 2 fields/],
  ])("parse refuses %s at once, naming what is wrong", (raw, message) => {
    expect(() => Schedule.parse(raw)).toThrow(HbrConfigurationError);
    expect(() => Schedule.parse(raw)).toThrow(message);
  });

  test("expression keeps any string unchanged for the synth-time check, and refuses a non-string", () => {
    expect(Schedule.expression("I|1|1d").expressionString).toBe("I|1|1d");
    expect(Schedule.expression("I|1|1d").parts).toBeUndefined();
    expect(() => Schedule.expression(5 as unknown as string)).toThrow(/must be a string, got 5/);
  });
});

describe("parseIsoDuration", () => {
  test("counts whole ISO 8601 units in seconds", () => {
    expect(parseIsoDuration("PT1H")).toBe(3600);
    expect(parseIsoDuration("P1D")).toBe(86400);
    expect(parseIsoDuration("P1W")).toBe(604800);
    expect(parseIsoDuration("P1DT12H")).toBe(129600);
    expect(parseIsoDuration("PT30M")).toBe(1800);
  });

  test("refuses what is not a duration", () => {
    for (const text of ["P", "PT", "1D", "P1.5D", "p1d", "PT1D"]) expect(parseIsoDuration(text)).toBeUndefined();
  });
});

describe("parseScheduleExpression", () => {
  test("reports a non-string without throwing", () => {
    expect(parseScheduleExpression(7)).toEqual({ problem: "the schedule must be a string, got number." });
  });
});
