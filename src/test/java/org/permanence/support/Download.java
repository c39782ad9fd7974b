package org.permanence.support;

/** A file the service answered with. */
public record Download(int status, String contentType, String contentDisposition, byte[] body) {
}
