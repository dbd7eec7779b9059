package kr.catalog.api.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * nginx's configuration syntax read into a tree (directives ending in {@code ;}, blocks in braces,
 * quoted arguments, {@code #} comments), so tests assert on directives rather than on text.
 */
record NginxConfig(String name, List<String> args, List<NginxConfig> children) {

  /** Parses a whole file's text. */
  static NginxConfig parse(String text) {
    List<String> tokens = tokens(text);
    int[] at = {0};
    NginxConfig root = new NginxConfig("", List.of(), new ArrayList<>());
    block(tokens, at, root.children());
    if (at[0] != tokens.size()) {
      throw new IllegalArgumentException("Unbalanced '}' at token " + at[0]);
    }
    return root;
  }

  /** The direct children named {@code name}. */
  List<NginxConfig> all(String name) {
    return children.stream().filter(c -> c.name.equals(name)).toList();
  }

  /** The first direct child named {@code name}. */
  Optional<NginxConfig> first(String name) {
    return children.stream().filter(c -> c.name.equals(name)).findFirst();
  }

  /** The {@code location} block for exactly this path. */
  Optional<NginxConfig> location(String path) {
    return all("location").stream().filter(l -> l.args.equals(List.of(path))).findFirst();
  }

  /** Arguments joined by one space. */
  String value() {
    return String.join(" ", args);
  }

  private static void block(List<String> tokens, int[] at, List<NginxConfig> into) {
    while (at[0] < tokens.size()) {
      String token = tokens.get(at[0]++);
      if (token.equals("}")) {
        return;
      }
      List<String> args = new ArrayList<>();
      while (true) {
        if (at[0] >= tokens.size()) {
          throw new IllegalArgumentException("Directive '" + token + "' never ends");
        }
        String next = tokens.get(at[0]++);
        if (next.equals(";")) {
          into.add(new NginxConfig(token, List.copyOf(args), List.of()));
          break;
        }
        if (next.equals("{")) {
          List<NginxConfig> children = new ArrayList<>();
          block(tokens, at, children);
          into.add(new NginxConfig(token, List.copyOf(args), List.copyOf(children)));
          break;
        }
        args.add(next);
      }
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == ';' || c == '{' || c == '}') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"' || c == '\'') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("Unterminated quote at " + i);
        }
        tokens.add(text.substring(i + 1, end));
        i = end + 1;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && ";{}".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }
}
