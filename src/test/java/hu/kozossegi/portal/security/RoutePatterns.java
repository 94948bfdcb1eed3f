package hu.kozossegi.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Path variables of a mapping pattern, including {@code {name:regex}} whose regex may hold braces itself. */
final class RoutePatterns {

    private RoutePatterns() {
    }

    static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        scan(pattern, (name, sb) -> names.add(name), new StringBuilder());
        return names;
    }

    static String expand(String pattern, Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        scan(pattern, (name, sb) -> sb.append(values.get(name)), out);
        return out.toString();
    }

    private interface VariableSink {
        void accept(String name, StringBuilder out);
    }

    private static void scan(String pattern, VariableSink sink, StringBuilder out) {
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < pattern.length(); end++) {
                if (pattern.charAt(end) == '{') {
                    depth++;
                }
                else if (pattern.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String inner = pattern.substring(i + 1, end);
            int colon = inner.indexOf(':');
            String name = (colon < 0 ? inner : inner.substring(0, colon)).replace("*", "");
            sink.accept(name, out);
            i = end + 1;
        }
    }
}
