package dev.conch.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemeGuessTest {
  @Test
  void aHostWithoutItsSchemeIsGuessedAsHttp() {
    assertThat(SchemeGuess.of("127.0.0.1:8080")).contains("http://127.0.0.1:8080");
    assertThat(SchemeGuess.of("127.0.0.1/a.html")).contains("http://127.0.0.1/a.html");
    assertThat(SchemeGuess.of("localhost:8000/x/y")).contains("http://localhost:8000/x/y");
    assertThat(SchemeGuess.of("[::1]:8080/")).contains("http://[::1]:8080/");
    assertThat(SchemeGuess.of("site.test:80")).contains("http://site.test:80");
  }

  @Test
  void whatMayBeAFileOrHasASchemeIsNotGuessedAt() {
    assertThat(SchemeGuess.of("a.html")).isEmpty();
    assertThat(SchemeGuess.of("pages/a.html")).isEmpty();
    assertThat(SchemeGuess.of("http://127.0.0.1:8080")).isEmpty();
    assertThat(SchemeGuess.of("ftp://127.0.0.1/x")).isEmpty();
    assertThat(SchemeGuess.of("not a url")).isEmpty();
  }
}
