package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * One file a policy was read from, for reports to vouch for: the studio's published policy
 * first, then the project's own file.
 *
 * @param origin the studio policy artifact's {@code groupId:artifactId:version}, or the policy
 *     file's path relative to the project
 * @param sha256 hex SHA-256 of the file's bytes
 * @param studio true for the layer read from a studio policy artifact
 */
public record PolicyLayer(String origin, String sha256, boolean studio) {

  public PolicyLayer {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sha256, "sha256");
  }
}
