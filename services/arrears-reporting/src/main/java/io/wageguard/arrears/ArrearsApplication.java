package io.wageguard.arrears;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ArrearsApplication {

  public static void main(String[] args) {
    SpringApplication.run(ArrearsApplication.class, args);
  }
}
