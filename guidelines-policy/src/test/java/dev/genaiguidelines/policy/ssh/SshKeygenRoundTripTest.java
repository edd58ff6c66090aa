package dev.genaiguidelines.policy.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A key and signature ssh-keygen makes now, on this machine, verify: the committed resources
 * cannot go stale against the OpenSSH that studios actually run.
 */
class SshKeygenRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"ed25519, 256, ssh-ed25519", "ecdsa, 256, ecdsa-sha2-nistp256",
      "rsa, 3072, rsa-sha2-512"})
  void freshKeyAndSignatureVerify(String type, int bits, String algorithm) throws Exception {
    Optional<Path> sshKeygen = onPath("ssh-keygen");
    assumeTrue(sshKeygen.isPresent(), "ssh-keygen is not on the PATH; the committed signatures "
        + "in src/test/resources/.../ssh still cover verification");
    Path key = dir.resolve("key");
    run(sshKeygen.get(), "-q", "-t", type, "-b", String.valueOf(bits), "-N", "", "-C", "fresh",
        "-f", key.toString());
    Path statement = dir.resolve("statement.txt");
    Files.writeString(statement, "genai-guidelines approval statement v1\nfresh\n");
    run(sshKeygen.get(), "-Y", "sign", "-n", SshTestData.NAMESPACE, "-f", key.toString(),
        statement.toString());
    String fingerprint = run(sshKeygen.get(), "-l", "-f", key + ".pub").split(" ")[1];

    SshPublicKey publicKey = SshPublicKey.parse(Files.readString(Path.of(key + ".pub")));
    VerifiedSignature verified = SshSignature.parse(Files.readString(Path.of(statement + ".sig")))
        .verify(Files.readAllBytes(statement), SshTestData.NAMESPACE, List.of(publicKey));

    assertEquals(fingerprint, publicKey.fingerprint());
    assertEquals(fingerprint, verified.fingerprint());
    assertEquals(algorithm, verified.signatureAlgorithm());
  }

  private static Optional<Path> onPath(String program) {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String run(Path program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError(command + " failed: " + output);
    }
    return output;
  }
}
