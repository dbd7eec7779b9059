package kr.catalog.api.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * Another API instance committed a change of {@code topic}: fired on the bus's listener thread,
 * outside any transaction. Never fired for this instance's own changes (those are handled locally
 * after the commit).
 *
 * @param topic what changed
 * @param body the topic's details (code keys for {@link ClusterTopic#SIGNALS}), or empty
 */
public record ClusterMessage(ClusterTopic topic, String body) {

  /** The body's non-empty lines. */
  public List<String> lines() {
    return Arrays.stream(body.split("\n")).filter(l -> !l.isEmpty()).toList();
  }
}
