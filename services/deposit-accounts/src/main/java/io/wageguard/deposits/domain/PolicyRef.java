package io.wageguard.deposits.domain;

/** Which policy, in which version, a decision used. */
public record PolicyRef(String id, int version) {
  @Override
  public String toString() {
    return id + "/" + version;
  }
}
