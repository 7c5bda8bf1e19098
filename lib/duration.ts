import { Token } from "./private/framework";
import { HbrConfigurationError, describeValue } from "./private/configuration-error";

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * A length of time in whole minutes, hours or days: backup intervals, retention periods and archive
 * ages. The service counts retention in days and takes intervals as ISO 8601 durations.
 *
 * @example
 * Duration.hours(6).toIsoString(); // "PT6H"
 * Duration.days(30).toDays();      // 30
 */
export class Duration {
  /** A duration of `amount` minutes (a whole number, 0 or more). */
  public static minutes(amount: number): Duration {
    return new Duration(wholeAmount("Duration.minutes", amount, "minutes"));
  }

  /** A duration of `amount` hours (a whole number, 0 or more). */
  public static hours(amount: number): Duration {
    return new Duration(wholeAmount("Duration.hours", amount, "hours") * MINUTES_PER_HOUR);
  }

  /** A duration of `amount` days (a whole number, 0 or more). */
  public static days(amount: number): Duration {
    return new Duration(wholeAmount("Duration.days", amount, "days") * MINUTES_PER_DAY);
  }

  /** True for a {@link Duration} (also across copies of this library). */
  public static isDuration(value: unknown): value is Duration {
    return value instanceof Duration || (typeof value === "object" && value !== null && typeof (value as Duration).toMinutes === "function" && typeof (value as Duration).toIsoString === "function");
  }

  private constructor(private readonly totalMinutes: number) {
    if (!Number.isSafeInteger(totalMinutes)) {
      throw new HbrConfigurationError("Duration", `${totalMinutes} minutes is too long to count exactly.`, "Use a shorter duration.");
    }
  }

  /** The length in minutes. */
  public toMinutes(): number {
    return this.totalMinutes;
  }

  /** The length in whole days; refuses a duration that is not a whole number of days. */
  public toDays(): number {
    if (this.totalMinutes % MINUTES_PER_DAY !== 0) {
      throw new HbrConfigurationError(
        "Duration.toDays",
        `${this.toString()} is not a whole number of days.`,
        "Give the duration in days (Duration.days(n)) or as a multiple of 24 hours.",
      );
    }
    return this.totalMinutes / MINUTES_PER_DAY;
  }

  /** True when the duration is a whole number of days. */
  public isWholeDays(): boolean {
    return this.totalMinutes % MINUTES_PER_DAY === 0;
  }

  /** The ISO 8601 form in the largest unit that divides it exactly: `P1D`, `PT6H`, `PT90M` (`PT0M` for zero). */
  public toIsoString(): string {
    if (this.totalMinutes > 0 && this.totalMinutes % MINUTES_PER_DAY === 0) return `P${this.totalMinutes / MINUTES_PER_DAY}D`;
    if (this.totalMinutes > 0 && this.totalMinutes % MINUTES_PER_HOUR === 0) return `PT${this.totalMinutes / MINUTES_PER_HOUR}H`;
    return `PT${this.totalMinutes}M`;
  }

  /** The same as {@link toIsoString}. */
  public toString(): string {
    return this.toIsoString();
  }
}

function wholeAmount(api: string, amount: unknown, unit: string): number {
  // A token number is a large negative double; saying so is clearer than printing it.
  if (typeof amount === "number" && Token.isUnresolved(amount)) {
    throw new HbrConfigurationError(api, `the amount is an unresolved token (${amount}); durations must be known when the app synthesizes.`, `Pass a literal whole number of ${unit}.`);
  }
  if (typeof amount !== "number" || !Number.isFinite(amount) || !Number.isInteger(amount) || amount < 0) {
    throw new HbrConfigurationError(
      api,
      `the amount must be a whole number of ${unit}, 0 or more, got ${describeValue(amount)}.`,
      `Pass a whole number of ${unit}, e.g. ${api}(7); for fractions use a smaller unit.`,
    );
  }
  return amount;
}
