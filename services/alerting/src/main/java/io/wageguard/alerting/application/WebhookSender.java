package io.wageguard.alerting.application;

import java.io.IOException;
import java.util.Map;

/** POSTs one signed delivery to a webhook (a port; the HTTP client is an adapter). */
public interface WebhookSender {

  /** @return the HTTP status of the answer */
  int post(String url, Map<String, String> headers, String body) throws IOException, InterruptedException;
}
