package vn.cchc.publisher.audit.report;

/** No plan of the period's year belongs to the unit asked for (or, for every unit, no plan at all). */
public class UnknownUnitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message the reason, in Vietnamese */
    public UnknownUnitException(String message) {
        super(message);
    }
}
