package io.wageguard.chassis.kafka;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.net.ConnectException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure of the infrastructure (MongoDB or the broker away, a timeout) from a failure of the record.
 * The first says nothing about the record: it is retried until the infrastructure is back, not dead-lettered
 * after seconds like bad data.
 */
final class InfrastructureFailures {

  private InfrastructureFailures() {}

  static boolean isInfrastructure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
          || cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
          || cause instanceof RetriableException || cause instanceof ConnectException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
