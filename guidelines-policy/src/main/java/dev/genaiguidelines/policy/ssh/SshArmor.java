package dev.genaiguidelines.policy.ssh;

import java.util.Base64;

/** The armor around an SSHSIG blob: the BEGIN and END lines and base64 lines between them. */
final class SshArmor {
  static final String BEGIN = "-----BEGIN SSH SIGNATURE-----";
  static final String END = "-----END SSH SIGNATURE-----";

  private SshArmor() {}

  /**
   * The bytes between the markers. Around and inside the block, blank space of any kind is
   * tolerated (CRLF, the indentation of a YAML block scalar); anything else is an error.
   */
  static byte[] dearmor(String armored) throws SshSignatureException {
    String text = armored.strip();
    if (!text.startsWith(BEGIN)) {
      throw new SshSignatureException("the signature starts with " + Quoted.of(text)
          + "; expected an armored SSH signature, '" + BEGIN + "' on its own line");
    }
    // Searched for after BEGIN: the two markers can share dashes ("-----BEGIN ...-----END ...").
    int end = text.indexOf(END, BEGIN.length());
    if (end < 0) {
      throw new SshSignatureException("the signature has no '" + END + "' line; expected the "
          + "whole armored block as ssh-keygen -Y sign writes it");
    }
    if (!lineBreakAfter(text, BEGIN.length()) || !lineBreakBefore(text, end)) {
      throw new SshSignatureException("the armor's BEGIN and END markers are not on lines of "
          + "their own; expected base64 lines between them, as ssh-keygen -Y sign writes it");
    }
    if (end + END.length() != text.length()) {
      throw new SshSignatureException("text follows '" + END + "': "
          + Quoted.of(text.substring(end + END.length()).strip())
          + "; expected one armored signature only");
    }
    String body = text.substring(BEGIN.length(), end);
    StringBuilder base64 = new StringBuilder(body.length());
    int line = 1;
    int lineStart = -1;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (isBase64(c)) {
        base64.append(c);
      } else if (c == '\n') {
        line++;
        lineStart = i;
      } else if (!Character.isWhitespace(c)) {
        // Line 1 is the BEGIN line, so the numbers match the block as a reader sees it.
        throw new SshSignatureException(String.format("the armored signature holds %s (U+%04X) at "
            + "line %d, column %d; expected base64 lines only", Quoted.of(String.valueOf(c)),
            (int) c, line, i - lineStart));
      }
    }
    if (base64.length() == 0) {
      throw new SshSignatureException("the armored signature is empty between its BEGIN and END "
          + "lines; expected base64 lines");
    }
    try {
      return Base64.getDecoder().decode(base64.toString());
    } catch (IllegalArgumentException e) {
      // Every character is in the alphabet, so only the shape can be wrong.
      throw new SshSignatureException("the armored signature's " + base64.length()
          + " base64 characters do not decode to whole bytes (cut short, or '=' inside); "
          + "expected the block exactly as ssh-keygen -Y sign wrote it");
    }
  }

  /** True when only spaces and tabs stand between {@code from} and the next line break. */
  private static boolean lineBreakAfter(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  /** True when only spaces and tabs (indentation) stand between a line break and {@code to}. */
  private static boolean lineBreakBefore(String text, int to) {
    for (int i = to - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '+' || c == '/' || c == '=';
  }
}
