package hu.kozossegi.portal.capacity.internal;

/** How far a community got with a good practice it takes up. */
public enum TakeUpStage {
    EXPLORING, IMPLEMENTING, RUNNING, DROPPED;

    /** Implementing or running: the practice is in use (the programme report's "taken up"). */
    public boolean inUse() {
        return this == IMPLEMENTING || this == RUNNING;
    }
}
