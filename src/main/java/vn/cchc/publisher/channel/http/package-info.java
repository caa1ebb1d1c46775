/**
 * What every channel adapter shares: the WebClient with its timeouts and per-host connection limit,
 * secrets read from the environment, bounded retries with exponential backoff and jitter, the
 * exceptions that carry a failure up to the adapter, which turns it into an outcome, and the rewriting of
 * a rendered page's image URLs. Internal to the channel module.
 */
@NullMarked
package vn.cchc.publisher.channel.http;

import org.jspecify.annotations.NullMarked;
