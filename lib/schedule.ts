import { Token } from "./private/framework";
import { Duration } from "./duration";
import { HbrConfigurationError, describeValue } from "./private/configuration-error";
import { ParsedSchedule, parseScheduleExpression } from "./rules/policy-rules";

/** Options of {@link Schedule.every}. */
export interface ScheduleEveryOptions {
  /**
   * When the first backup runs; later ones follow at the interval. The service runs nothing before it,
   * so a start in the past just fixes the time of day the backups run at.
   * @default Schedule.DEFAULT_START (2024-01-01T00:00:00Z): backups aligned to midnight UTC
   */
  readonly start?: Date;
}

/**
 * When a backup rule runs, in the service's form `I|<start epoch seconds>|<ISO 8601 interval>`.
 *
 * @example
 * Schedule.every(Duration.hours(6), { start: new Date("2025-01-01T02:00:00+08:00") }); // I|1735668000|PT6H
 * Schedule.parse("I|1700000000|P1D");
 */
export class Schedule {
  /**
   * The start {@link Schedule.every} uses when none is given: a fixed instant, so the synthesized output
   * is the same on every run (a start of "now" would change the plan every time).
   */
  public static readonly DEFAULT_START_EPOCH_SECONDS = 1_704_067_200;

  /** {@link DEFAULT_START_EPOCH_SECONDS} as a date (a new object each time, so it cannot be changed). */
  public static get DEFAULT_START(): Date {
    return new Date(Schedule.DEFAULT_START_EPOCH_SECONDS * 1000);
  }

  /** Backups every `interval` (at least one minute) from `start`. */
  public static every(interval: Duration, options: ScheduleEveryOptions = {}): Schedule {
    if (!Duration.isDuration(interval)) {
      throw new HbrConfigurationError("Schedule.every", `interval must be a Duration, got ${describeValue(interval)}.`, "Pass e.g. Duration.hours(6).");
    }
    if (interval.toMinutes() === 0) {
      throw new HbrConfigurationError("Schedule.every", "the interval is zero; backups need a positive interval.", "Pass an interval of a minute or more, e.g. Duration.days(1).");
    }
    if (typeof options !== "object" || options === null) {
      throw new HbrConfigurationError("Schedule.every", `options must be an object, got ${describeValue(options)}.`, "Pass { start } or leave the options out.");
    }
    const start = options.start ?? Schedule.DEFAULT_START;
    if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
      throw new HbrConfigurationError("Schedule.every", `start must be a valid Date, got ${describeValue(start)}.`, 'Pass e.g. new Date("2025-01-01T02:00:00+08:00").');
    }
    const startSeconds = Math.floor(start.getTime() / 1000);
    if (startSeconds < 0) {
      throw new HbrConfigurationError("Schedule.every", `start ${start.toISOString()} is before 1970.`, "Pass a start after 1970-01-01T00:00:00Z.");
    }
    return new Schedule(`I|${startSeconds}|${interval.toIsoString()}`);
  }

  /**
   * A schedule from its raw form, `I|<start>|<interval>` or `C|<start>|<crontab>`; refuses a malformed
   * one at once, naming what is wrong.
   */
  public static parse(raw: string): Schedule {
    const parsed = parseScheduleExpression(raw);
    if (parsed.problem !== undefined) {
      throw new HbrConfigurationError("Schedule.parse", parsed.problem, 'Write the schedule as I|<UNIX seconds>|<ISO 8601 interval>, e.g. "I|1700000000|P1D".');
    }
    return new Schedule(raw);
  }

  /**
   * Escape hatch: the raw expression as given (a token or a form this library does not know). Emitted
   * unchanged; a literal that does not parse is reported as HBR014 when the app synthesizes.
   */
  public static expression(raw: string): Schedule {
    if (typeof raw !== "string") {
      throw new HbrConfigurationError("Schedule.expression", `the expression must be a string, got ${describeValue(raw)}.`, "Pass the schedule as a string.");
    }
    return new Schedule(raw);
  }

  private constructor(
    /** The expression as the service takes it (`rules.schedule`). */
    public readonly expressionString: string,
  ) {}

  /** The parts of the schedule, or `undefined` for a token or an expression that does not parse. */
  public get parts(): ParsedSchedule | undefined {
    if (Token.isUnresolved(this.expressionString)) return undefined;
    return parseScheduleExpression(this.expressionString).schedule;
  }

  /** The expression string. */
  public toString(): string {
    return this.expressionString;
  }
}
