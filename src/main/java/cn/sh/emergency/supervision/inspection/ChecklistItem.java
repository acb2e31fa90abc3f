package cn.sh.emergency.supervision.inspection;

/** One item of an inspection checklist: its code (kept in the record) and what is checked. */
public record ChecklistItem(String code, String label) {
}
