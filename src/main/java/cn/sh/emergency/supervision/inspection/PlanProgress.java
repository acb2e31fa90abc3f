package cn.sh.emergency.supervision.inspection;

/**
 * How far a plan has come: the inspections it plans and those of its units done so far under it (planned or drawn);
 * its key units (重点检查范围) and how many of them were inspected at least once in its period, whatever the basis.
 */
public record PlanProgress(int plannedInspections, long inspectionsDone, int keyUnits, long keyUnitsInspected) {
}
