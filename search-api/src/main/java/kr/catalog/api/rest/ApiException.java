package kr.catalog.api.rest;

import jakarta.ws.rs.WebApplicationException;

/**
 * A refusal whose message is written for the client (it becomes the problem's {@code detail}).
 * Throw it with the status to answer; never put internal details in the message.
 */
public class ApiException extends WebApplicationException {
  private static final long serialVersionUID = 1L;

  public ApiException(int status, String clientMessage) {
    super(clientMessage, status);
  }
}
