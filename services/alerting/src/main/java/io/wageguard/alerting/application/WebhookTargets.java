package io.wageguard.alerting.application;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs the service will POST to (SSRF): http(s) only, and never to this machine, the link-local
 * range (cloud metadata at 169.254.169.254), private networks or other non-public addresses, because a union
 * account must not be able to make the service call into its own network. Every address the host resolves to
 * is checked, at registration and again before each attempt (a DNS answer can change in between).
 * {@code wageguard.webhooks.allow-private-targets=true} lifts the address check for development and tests.
 */
@Component
public class WebhookTargets {

  private final boolean allowPrivateTargets;

  public WebhookTargets(@Value("${wageguard.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
    this.allowPrivateTargets = allowPrivateTargets;
  }

  /** Why the URL is refused, or empty when it may be called. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("has no host");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("must not carry credentials");
    }
    if (allowPrivateTargets) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of("points at a loopback, link-local, private or otherwise non-public address ("
            + address.getHostAddress() + ")");
      }
    }
    return Optional.empty();
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    boolean sharedAddressSpace = first == 100 && second >= 64 && second <= 127; // 100.64.0.0/10, carrier NAT
    boolean thisNetwork = first == 0;
    boolean broadcast = first == 255;
    return !sharedAddressSpace && !thisNetwork && !broadcast;
  }
}
