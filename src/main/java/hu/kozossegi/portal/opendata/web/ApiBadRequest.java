package hu.kozossegi.portal.opendata.web;

/** A request the API cannot answer (bad filter, unknown year): its status and a message for the caller. */
class ApiBadRequest extends RuntimeException {

    private final int status;

    ApiBadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
