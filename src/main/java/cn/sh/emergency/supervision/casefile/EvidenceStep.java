package cn.sh.emergency.supervision.casefile;

/**
 * A step of a case that evidence may be filed under: a user task of its lifecycle by its id in the model and its
 * name, open now or done.
 */
public record EvidenceStep(String id, String name, boolean open) {
}
