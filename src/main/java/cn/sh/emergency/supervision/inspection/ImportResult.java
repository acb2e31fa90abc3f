package cn.sh.emergency.supervision.inspection;

/** What an import wrote: units new to the register, and units it already had, stated anew. */
public record ImportResult(int created, int updated) {
}
