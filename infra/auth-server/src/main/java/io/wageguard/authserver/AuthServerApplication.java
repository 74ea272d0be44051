package io.wageguard.authserver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The OpenID Connect issuer of the devstack and docker-compose: client_credentials tokens for the accounts in
 * {@code accounts.yaml}, signed with rotating RSA keys kept on disk.
 */
@SpringBootApplication
@EnableConfigurationProperties(AuthServerProperties.class)
public class AuthServerApplication {

  public static void main(String[] args) {
    SpringApplication.run(AuthServerApplication.class, args);
  }
}
