package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The launcher's --help text, which says every option in the language --lang chooses, English or
 * Chinese.
 */
@Timeout(10)
class MainTest {
  @Test
  void helpInChineseSaysEveryOptionInChinese() {
    List<String> help = Main.help(Messages.of(Lang.ZH));
    assertThat(help.get(0))
        .isEqualTo("用法：./shell [--lang en|zh] [--no-color] [-e CODE | FILE [ARGS…]]");
    assertThat(help)
        .contains(
            "  --lang en|zh     消息和帮助用的语言",
            "  -e CODE          运行 CODE 后退出",
            "  --help           显示这段帮助");
    assertThat(String.join("\n", help)).doesNotContain("language", "show", "run every", "launch.");
  }

  @Test
  void helpInEnglishSaysEveryOptionInEnglish() {
    List<String> help = Main.help(Messages.of(Lang.EN));
    assertThat(help.get(0)).startsWith("usage: ./shell");
    assertThat(help).contains("  --help           show this help").hasSize(8);
  }
}
