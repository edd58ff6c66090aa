package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/** Reading back the services file: every way a compiler can answer. */
class ServicesFileTest {

  /** A filer whose class output holds at most the services file, or fails as told. */
  private record FakeFiler(IOException onLookup, IOException onOpen, String content)
      implements Filer {

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      assertThat(relativeName.toString()).isEqualTo(ServicesFile.PATH);
      if (onLookup != null) {
        throw onLookup;
      }
      return new SimpleJavaFileObject(URI.create("mem:///" + relativeName),
          JavaFileObject.Kind.OTHER) {
        @Override
        public InputStream openInputStream() throws IOException {
          if (onOpen != null) {
            throw onOpen;
          }
          return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }
      };
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location,
        CharSequence moduleAndPkg, CharSequence relativeName, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void aFileThatIsThereIsReadWithoutComments() {
    assertThat(ServicesFile.read(new FakeFiler(null, null, "# x\ncom.a.A_GenAiUses\n")))
        .isEqualTo(new ServicesFile.Found(List.of("com.a.A_GenAiUses")));
  }

  @Test
  void twinAFileThatIsNotThereIsAbsentHoweverTheCompilerSaysSo() {
    assertThat(ServicesFile.read(new FakeFiler(new FileNotFoundException("x"), null, "")))
        .isEqualTo(new ServicesFile.Absent());
    assertThat(ServicesFile.read(new FakeFiler(null, new NoSuchFileException("x"), "")))
        .isEqualTo(new ServicesFile.Absent());
    assertThat(ServicesFile.read(new FakeFiler(null, new FileNotFoundException("x"), "")))
        .isEqualTo(new ServicesFile.Absent());
  }

  @Test
  void aFileAnotherProcessorWroteInThisCompilationIsAlreadyWritten() {
    assertThat(ServicesFile.read(new FakeFiler(new FilerException("Attempt to reopen"), null, "")))
        .isEqualTo(new ServicesFile.AlreadyWritten("Attempt to reopen"));
  }

  @Test
  void aFileThatCannotBeReadSaysWhy() {
    assertThat(ServicesFile.read(new FakeFiler(null, new IOException("disk on fire"), "")))
        .isEqualTo(new ServicesFile.Unreadable("java.io.IOException: disk on fire"));
    assertThat(ServicesFile.read(new FakeFiler(new IOException("no output"), null, "")))
        .isEqualTo(new ServicesFile.Unreadable("java.io.IOException: no output"));
  }
}
