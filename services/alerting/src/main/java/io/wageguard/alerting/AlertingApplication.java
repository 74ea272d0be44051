package io.wageguard.alerting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AlertingApplication {

  public static void main(String[] args) {
    SpringApplication.run(AlertingApplication.class, args);
  }
}
