package io.wageguard.arrears.application;

/** No such case, or none the caller reaches: the answer does not confirm that it exists (404). */
public class CaseNotFound extends RuntimeException {

  public CaseNotFound(String message) {
    super(message);
  }
}
