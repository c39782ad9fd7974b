package org.permanence.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the service answered: status, content type and body (parsed as JSON on demand). */
public record ApiResponse(int status, String contentType, String body, ObjectMapper objectMapper) {

    public JsonNode json() {
        try {
            return objectMapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Response is not JSON (status " + status + "): " + body, e);
        }
    }

    public <T> T as(Class<T> type) {
        try {
            return objectMapper.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("Response is not a " + type.getSimpleName() + ": " + body, e);
        }
    }

    /** The {@code field} names listed in a problem detail's {@code errors}. */
    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    public long id() {
        return json().path("id").asLong();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
