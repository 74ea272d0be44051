package io.wageguard.deposits;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DepositsApplication {

  public static void main(String[] args) {
    SpringApplication.run(DepositsApplication.class, args);
  }
}
