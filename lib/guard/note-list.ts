/** How many notes of one kind are listed one by one before the rest are summarized as a count (hostile input can have thousands). */
export const MAX_NOTES_PER_PLAN = 20;

/** Notes for the report: keeps the first {@link MAX_NOTES_PER_PLAN} and counts the rest, so input cannot flood the report. */
export class NoteList {
  private readonly notes: string[] = [];
  private dropped = 0;

  /** Adds a note, or counts it when the list is full. */
  public add(note: string): void {
    if (this.notes.length < MAX_NOTES_PER_PLAN) this.notes.push(note);
    else this.dropped++;
  }

  /** The notes kept, and one more saying how many were left out. */
  public list(): string[] {
    return this.dropped === 0 ? [...this.notes] : [...this.notes, `${this.dropped} more notes like these were left out.`];
  }
}
