package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.DetectionMarkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Handle;

/**
 * Matches internal type names and string constants against the detection markers, without
 * allocating on the (overwhelmingly common) no-match path.
 *
 * <p>Hosts match in any letter case and only at a host boundary: the character before the
 * match is none, a dot (a subdomain, as in {@code myres.openai.azure.com}) or a character that
 * cannot be part of a host name; the character after it is none or one that cannot be part of
 * a host name (a dot only when the host ends there, as at the end of a sentence). A marker that
 * ends with a dot or hyphen ({@code bedrock-runtime.}) is the start of a host name: it matches
 * only when a host of at least two more labels follows ({@code bedrock-runtime.us-east-1.
 * amazonaws.com}), so {@code bedrock.jar} is not {@code bedrock.}.
 */
final class MarkerMatcher {

  /** Marker packages in internal form ({@code com/openai}), longest first. */
  private final String[] internalPackages;
  /** The same packages in dotted form, index for index. */
  private final String[] dottedPackages;
  /** Lower-case hosts, longest first. */
  private final String[] hosts;
  private final int shortestHost;
  /** AI-service interfaces of the scanned artifact (internal name to the marker they carry). */
  private final Map<String, String> services;

  /** The dependency methods that make a GenAI call for their caller. */
  private final WrapperCalls wrappers;

  /**
   * Made on first use. Every field of a prefilter is final, so a thread that sees this reference
   * sees the whole prefilter; two threads that race make two equal ones.
   */
  private ConstantPoolPrefilter prefilter;

  MarkerMatcher(DetectionMarkers markers) {
    this(packagesOf(markers), hostsOf(markers), Map.of(), WrapperCalls.NONE);
  }

  private MarkerMatcher(String[] dottedPackages, String[] hosts, Map<String, String> services,
      WrapperCalls wrappers) {
    this.wrappers = wrappers;
    this.dottedPackages = dottedPackages;
    internalPackages = new String[dottedPackages.length];
    for (int i = 0; i < dottedPackages.length; i++) {
      internalPackages[i] = dottedPackages[i].replace('.', '/');
    }
    this.hosts = hosts;
    int shortest = Integer.MAX_VALUE;
    for (String host : hosts) {
      shortest = Math.min(shortest, host.length());
    }
    shortestHost = shortest;
    this.services = Map.copyOf(services);
  }

  /** The same markers, plus calls of the methods of these AI-service interfaces. */
  MarkerMatcher withServices(Map<String, String> serviceInterfaces) {
    return new MarkerMatcher(dottedPackages, hosts, serviceInterfaces, wrappers);
  }

  /** The same markers, plus calls of the dependency methods {@code wrapperCalls} lists. */
  MarkerMatcher withWrappers(WrapperCalls wrapperCalls) {
    return new MarkerMatcher(dottedPackages, hosts, services, wrapperCalls);
  }

  /** Where a call instruction into a dependency leads to a GenAI call, or null. */
  WrapperCalls.Via wrapperOf(int opcode, String owner, String name, String descriptor) {
    // Called for every call instruction of the module's classes: no edge string is built.
    return wrappers.isEmpty() ? null
        : wrappers.of(TypeSummary.kindOf(opcode), owner + '.' + name + descriptor);
  }

  /** Where a method handle (a method reference) into a dependency leads, or null. */
  WrapperCalls.Via wrapperOf(Handle handle) {
    return wrappers.isEmpty() ? null
        : wrappers.of(TypeSummary.kindOf(handle),
            handle.getOwner() + '.' + handle.getName() + handle.getDesc());
  }

  private static String[] packagesOf(DetectionMarkers markers) {
    List<String> packages = new ArrayList<>();
    for (String marker : markers.packages()) {
      String trimmed = marker.strip();
      if (!trimmed.isEmpty() && !packages.contains(trimmed)) {
        packages.add(trimmed);
      }
    }
    // Longest first, so a type matching both com.openai and com.openai.client reports the
    // more specific marker.
    packages.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    return packages.toArray(String[]::new);
  }

  private static String[] hostsOf(DetectionMarkers markers) {
    List<String> hostList = new ArrayList<>();
    for (String host : markers.hosts()) {
      String trimmed = host.strip().toLowerCase(Locale.ROOT);
      if (!trimmed.isEmpty() && !hostList.contains(trimmed)) {
        hostList.add(trimmed);
      }
    }
    hostList.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    return hostList.toArray(String[]::new);
  }

  /**
   * A prefilter for these markers: which class files need their code read. Made once per
   * matcher, for every jar and every thread that reads with it (it holds no state but its tables).
   */
  ConstantPoolPrefilter prefilter() {
    ConstantPoolPrefilter made = prefilter;
    if (made == null) {
      // A class that names a wrapper's type may call it: its code must be read.
      Set<String> named = new TreeSet<>(services.keySet());
      named.addAll(wrappers.owners());
      made = new ConstantPoolPrefilter(internalPackages, hosts, named);
      prefilter = made;
    }
    return made;
  }

  /**
   * The dotted marker package {@code internalName} lies in, or null. A type is in a marker when
   * its name equals the marker or starts with the marker followed by a separator: {@code /} for
   * a package marker, {@code $} for a type marker and its nested types.
   */
  String packageMarkerOf(String internalName) {
    for (int i = 0; i < internalPackages.length; i++) {
      String prefix = internalPackages[i];
      if (internalName.startsWith(prefix)
          && (internalName.length() == prefix.length()
              || internalName.charAt(prefix.length()) == '/'
              || internalName.charAt(prefix.length()) == '$')) {
        return dottedPackages[i];
      }
    }
    return null;
  }

  /** The marker of a call to a method of {@code internalName}: its package, or its AI service. */
  String callMarkerOf(String internalName) {
    String marker = packageMarkerOf(internalName);
    return marker != null || services.isEmpty() ? marker : services.get(internalName);
  }

  /**
   * The marker package of the class a reflective lookup names ({@code com.openai.client.X}, as
   * {@code Class.forName} takes it), or null when it names none.
   */
  String classNameMarkerOf(String binaryName) {
    if (binaryName.isEmpty() || binaryName.indexOf('/') >= 0) {
      return null;
    }
    return packageMarkerOf(binaryName.replace('.', '/'));
  }

  /**
   * The marker hosts {@code constant} contains, in any letter case and at host boundaries,
   * sorted; a host that only matched inside a longer matched host is left out, so
   * overlapping markers report one call. Empty (and shared) when none match.
   */
  List<String> hostsIn(String constant) {
    if (constant.length() < shortestHost) {
      return List.of();
    }
    List<String> found = null;
    for (String host : hosts) {
      if (containsHost(constant, host)
          && (found == null || found.stream().noneMatch(longer -> longer.contains(host)))) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(host);
      }
    }
    if (found == null) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  /** True when {@code host} occurs in {@code text} ignoring case, at host boundaries. */
  static boolean containsHost(String text, String host) {
    int last = text.length() - host.length();
    char first = host.charAt(0);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || Character.toLowerCase(c) == first)
          && text.regionMatches(true, i, host, 0, host.length())
          && startsHost(text, i) && endsHost(text, i + host.length(), host)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsHost(String text, int start) {
    return start == 0 || text.charAt(start - 1) == '.' || !isHostChar(text.charAt(start - 1));
  }

  private static boolean endsHost(String text, int end, String host) {
    char lastOfHost = host.charAt(host.length() - 1);
    if (lastOfHost == '.' || lastOfHost == '-') {
      // A host prefix: at least one label, a dot and one more label must follow.
      int i = end;
      int dots = 0;
      int labelLength = 0;
      while (i < text.length() && (isHostChar(text.charAt(i)) || text.charAt(i) == '.')) {
        if (text.charAt(i) == '.') {
          if (labelLength == 0) {
            return false;
          }
          dots++;
          labelLength = 0;
        } else {
          labelLength++;
        }
        i++;
      }
      return dots >= 1 && labelLength > 0;
    }
    if (end == text.length()) {
      return true;
    }
    char next = text.charAt(end);
    if (next == '.') {
      return end + 1 == text.length() || !isHostChar(text.charAt(end + 1));
    }
    return !isHostChar(next);
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_';
  }
}
