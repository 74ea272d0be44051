/**
 * The one vocabulary for a refused request (issue 15), shared by every service's domain and application: pure Java,
 * no Spring, no web types, no Jackson. {@link io.wageguard.chassis.rules.RuleBroken} carries each broken rule as a
 * {@link io.wageguard.chassis.rules.Violation} (field, rule id, message); {@link io.wageguard.chassis.rules.NotFound},
 * {@link io.wageguard.chassis.rules.OutsideJurisdiction} and {@link io.wageguard.chassis.rules.Conflict} are the other
 * refusals. Only {@code chassis.web.ProblemDetailsAdvice} turns them into RFC 9457 problems; a Kafka listener turns the
 * same violations into a rejection event's reasons.
 */
package io.wageguard.chassis.rules;
