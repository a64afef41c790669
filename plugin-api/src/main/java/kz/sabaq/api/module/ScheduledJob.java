package kz.sabaq.api.module;

import java.time.Duration;

/**
 * Work that runs every {@code period}. Core runs each job under a database lock named after the
 * job, so when several nodes run, only one executes a given run.
 */
public record ScheduledJob(String name, Duration period, Runnable task) {
}
