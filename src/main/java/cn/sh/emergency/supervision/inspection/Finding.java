package cn.sh.emergency.supervision.inspection;

/** A problem found on site: what, where, under which checklist item (or none), and where it goes. */
public record Finding(String description, String location, String checklistItem, FindingAction action) {
}
