package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one definition of an unsafe character: what it covers, that the annotations jar's copy
 * agrees with it on every {@code char}, and that the policy's own quoting follows it.
 */
class UnsafeCharsTest {

  @Test
  void coversEveryControlFormatAndSeparatorCharacterOfTheRunningJdk() {
    for (int code = 0; code <= 0xFFFF; code++) {
      int type = Character.getType(code);
      if (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        assertTrue(UnsafeChars.isUnsafe((char) code), String.format("U+%04X", code));
      }
    }
  }

  @Test
  void addsNothingButCharactersNotYetAssignedOnOlderJdks() {
    Set<Integer> unassignedOnSomeJdk = Set.of(0x0890, 0x0891, 0x2065);
    for (int code = 0; code <= 0xFFFF; code++) {
      int type = Character.getType(code);
      boolean classified = type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      if (UnsafeChars.isUnsafe((char) code) && !classified) {
        assertTrue(unassignedOnSomeJdk.contains(code), String.format("U+%04X", code));
        assertEquals(Character.UNASSIGNED, type, String.format("U+%04X", code));
      }
    }
  }

  @Test
  void aLoneSurrogateIsUnsafeAndAPairIsNot() {
    assertTrue(UnsafeChars.isUnsafe("\uD83C", 0));
    assertTrue(UnsafeChars.isUnsafe("\uDFAC", 0));
    assertTrue(UnsafeChars.isUnsafe("\uDFAC\uD83C", 0));
    assertTrue(UnsafeChars.isUnsafe("\uDFAC\uD83C", 1));
    assertFalse(UnsafeChars.isUnsafe("\uD83C\uDFAC", 0));
    assertFalse(UnsafeChars.isUnsafe("\uD83C\uDFAC", 1));
  }

  @Test
  void printableTextIsSafe() {
    for (char c : "az AZ 09 <>&\"'\\ é 漢 – … €".toCharArray()) {
      assertFalse(UnsafeChars.isUnsafe(c), String.valueOf(c));
    }
  }

  @Test
  void theAnnotationsJarsCopyAgreesOnEveryCharAndSurrogateContext() throws Exception {
    Class<?> copy = Class.forName("dev.genaiguidelines.annotations.UnsafeChars");
    Method isUnsafe = copy.getDeclaredMethod("isUnsafe", CharSequence.class, int.class);
    isUnsafe.setAccessible(true);
    for (int code = 0; code <= 0xFFFF; code++) {
      char c = (char) code;
      // Alone, before a low surrogate and after a high one: every context a surrogate has.
      agree(isUnsafe, String.valueOf(c), 0);
      agree(isUnsafe, c + "\uDFAC", 0);
      agree(isUnsafe, "\uD83C" + c, 1);
    }
  }

  @Test
  void ruleVisibleAndTheYamlReadersQuotingEscapeExactlyTheUnsafe() {
    for (int code = 0; code <= 0xFFFF; code++) {
      String alone = String.valueOf((char) code);
      boolean unsafe = UnsafeChars.isUnsafe(alone, 0);
      assertEquals(unsafe, !Rule.visible(alone).equals(alone), String.format("U+%04X", code));
      assertEquals(unsafe, !YamlNodeReader.oneLine(alone, 80).equals(alone),
          String.format("U+%04X", code));
    }
  }

  private static void agree(Method copy, String text, int index) throws Exception {
    assertEquals(UnsafeChars.isUnsafe(text, index), copy.invoke(null, text, index),
        String.format("U+%04X at %d of a %d-char text", (int) text.charAt(index), index,
            text.length()));
  }
}
