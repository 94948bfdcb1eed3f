package hu.kozossegi.portal.opendata.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** The API's errors as JSON ({@code status}, {@code message}), never an HTML page or a stack trace. */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    /** The error body. */
    record ApiError(int status, String message) {
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> bad(ResponseStatusException ex) {
        int status = ex.getStatusCode().value();
        String message = ex.getReason() != null ? ex.getReason()
                : HttpStatus.valueOf(status).getReasonPhrase() + ".";
        return ResponseEntity.status(status).body(new ApiError(status, message));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest().body(new ApiError(400, ex.getName() + " is not a valid value."));
    }
}
