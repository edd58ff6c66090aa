package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Text quoted from a class file is {@code Rule.visible}: unsafe characters as {@code \\uXXXX} on
 * one line, and a long text cut with "..." but never inside an escape or a surrogate pair.
 */
class ClassFileCheckPrintableTest {

  @Test
  void invisibleBidiAndControlCharactersAreEscaped() {
    assertEquals("a\\u202Eb\\u200Bc\\u000Ad\\u0000e\\u00ADf\\u2028g",
        ClassFileCheck.printable("a\u202Eb\u200Bc\nd\u0000e\u00ADf\u2028g", 200));
  }

  @Test
  void twinPlainTextIsQuotedAsItIs() {
    assertEquals("com.example.Crowd#run(java.lang.String) ändert 🎬",
        ClassFileCheck.printable("com.example.Crowd#run(java.lang.String) ändert 🎬", 200));
  }

  @Test
  void aLoneSurrogateIsEscapedAndAPairIsKept() {
    assertEquals("x\\uD83Dy🎬", ClassFileCheck.printable("x\uD83Dy\uD83C\uDFAC", 200));
  }

  @Test
  void aLongTextIsCutBeforeAnEscapeItWouldSplit() {
    assertEquals("abcd...", ClassFileCheck.printable("abcd\u202Eefgh", 6));
    assertEquals("abcd\\u202E...", ClassFileCheck.printable("abcd\u202Eefgh", 10));
  }

  @Test
  void aLongTextIsCutBeforeASurrogatePairItWouldSplit() {
    assertEquals("abc...", ClassFileCheck.printable("abc\uD83C\uDFACdef", 4));
  }

  @Test
  void twinATextUpToTheLimitIsNotCut() {
    assertEquals("abcdef", ClassFileCheck.printable("abcdef", 6));
    assertEquals("abcde...", ClassFileCheck.printable("abcdefg", 5));
  }
}
