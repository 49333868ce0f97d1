#!/usr/bin/env python3
"""Translation memory for ProbeMatrix: translations/tm/<lang>.tsv -> translations/probematrix_<lang>.ts.

The memory is the product; the .ts files are regenerated from it. After new strings appear
in the sources (cmake --build BUILD --target update_translations), run

    scripts/translations.py fill          # fill every .ts message the memory knows
    scripts/translations.py missing       # list what is still untranslated, as memory rows
    scripts/translations.py check         # placeholders, tags, accelerators of the memory
    scripts/translations.py refresh       # lupdate over core/ ui/ app/ report/ (as the
                                          # update_translations target does), then fill

Memory format (UTF-8, tab-separated, one message a line, '#' starts a comment line):

    context <TAB> source <TAB> disambiguation <TAB> translation [<TAB> plural form 2 ...]

An empty context makes the row apply in every context that has no row of its own. Tabs,
newlines and backslashes inside fields are written \\t, \\n and \\\\. A %n (numerus) message
gives one column per plural form of the language (French and German: singular, plural).

Only the standard library is used; the .ts files are read with xml.etree and written in
lupdate's own layout, so that a run that changes nothing leaves the files byte-identical.
"""

import argparse
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
TM_DIR = os.path.join(TS_DIR, "tm")
LANGUAGES = ("fr", "de")
NBSP = "\u00a0"


# ---------------------------------------------------------------------------- memory

def unescape_field(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape_field(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


class MemoryError_(Exception):
    pass


def read_memory(lang):
    """{(context, source, comment): [forms]} and the line each row came from."""
    path = os.path.join(TM_DIR, lang + ".tsv")
    memory, lines = {}, {}
    if not os.path.exists(path):
        return memory, lines, path
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 4:
                raise MemoryError_(f"{path}:{number}: expected context, source, disambiguation and translation "
                                   f"separated by tabs, found {len(fields)} field(s)")
            context, source, comment = (unescape_field(x) for x in fields[:3])
            forms = [unescape_field(x) for x in fields[3:]]
            if lang == "fr":
                forms = [french_typography(x) for x in forms]
            key = (context, source, comment)
            if key in memory and memory[key] != forms:
                raise MemoryError_(f"{path}:{number}: \"{source}\" ({context or 'any context'}) is already "
                                   f"translated differently on line {lines[key]}")
            memory[key] = forms
            lines[key] = number
    return memory, lines, path


def french_typography(text):
    """A no-break space before : ; ? ! and inside guillemets, as French typesetting wants.

    The memory is typed with ordinary spaces; the no-break ones keep "Nom :" together."""
    text = re.sub(r"(?<=\S) ([:;?!»])", NBSP + r"\1", text)
    return re.sub(r"« ", "«" + NBSP, text)


def lookup(memory, context, source, comment):
    return memory.get((context, source, comment)) or memory.get(("", source, comment))


# ---------------------------------------------------------------------------- .ts files

class Message:
    def __init__(self, context, element):
        self.context = context
        self.element = element
        self.numerus = element.get("numerus") == "yes"
        self.source = element.findtext("source") or ""
        self.comment = element.findtext("comment") or ""
        self.translation = element.find("translation")

    @property
    def type(self):
        return self.translation.get("type", "") if self.translation is not None else "unfinished"

    def dead(self):
        return self.type in ("vanished", "obsolete")

    def forms(self):
        if self.translation is None:
            return []
        if self.numerus:
            return [(n.text or "") for n in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    def unfinished(self):
        forms = self.forms()
        return self.type == "unfinished" or not forms or any(not f for f in forms)

    def describe(self):
        return f"{self.context}: \"{self.source}\"" + (f" ({self.comment})" if self.comment else "")


def ts_path(lang):
    return os.path.join(TS_DIR, f"probematrix_{lang}.ts")


def read_ts(lang):
    tree = ET.parse(ts_path(lang))
    messages = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for m in context.findall("message"):
            messages.append(Message(name, m))
    return tree, messages


def protect(text):
    """lupdate's escaping (Qt's translator/ts.cpp), so the written file matches its output."""
    out = []
    for ch in text:
        c = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (c < 0x20 or (c > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{c:x};")
        else:
            out.append(ch)
    return "".join(out)


def attributes(element):
    return "".join(f' {k}="{protect(v)}"' for k, v in element.attrib.items())


def write_element(out, element, indent):
    if element.tag == "translation":
        out.append(f"{indent}<translation{attributes(element)}>")
        forms = element.findall("numerusform")
        if forms:
            for form in forms:
                out.append(f"\n{indent}    <numerusform>{protect(form.text or '')}</numerusform>")
            out.append(f"\n{indent}")
        else:
            out.append(protect(element.text or ""))
        out.append("</translation>\n")
    elif len(element) == 0 and element.text is None and element.attrib:
        out.append(f"{indent}<{element.tag}{attributes(element)}/>\n")
    else:
        out.append(f"{indent}<{element.tag}{attributes(element)}>{protect(element.text or '')}</{element.tag}>\n")


def write_ts(tree, lang):
    root = tree.getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', f"<TS{attributes(root)}>\n"]
    for context in root.findall("context"):
        # Strings gone from the sources: lupdate keeps them as "vanished" for its own fuzzy
        # matching; the memory keeps their translations, so the .ts need not.
        live = [m for m in context.findall("message")
                if m.find("translation") is None or m.find("translation").get("type") not in ("vanished", "obsolete")]
        if not live:
            continue
        out.append("<context>\n")
        for child in context:
            if child.tag == "message" and child not in live:
                continue
            if child.tag == "message":
                out.append(f"    <message{attributes(child)}>\n")
                for part in child:
                    write_element(out, part, "        ")
                out.append("    </message>\n")
            else:
                write_element(out, child, "    ")
        out.append("</context>\n")
    out.append("</TS>\n")
    text = "".join(out)
    path = ts_path(lang)
    with open(path, encoding="utf-8") as f:
        if f.read() == text:
            return False
    # Written beside and renamed: an interrupted run never leaves half a .ts file.
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".ts-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return True


def set_translation(message, forms):
    t = message.translation
    if t is None:
        t = ET.SubElement(message.element, "translation")
        message.translation = t
    for child in list(t):
        t.remove(child)
    t.attrib.pop("type", None)
    if message.numerus:
        t.text = None
        for form in forms:
            ET.SubElement(t, "numerusform").text = form
    else:
        t.text = forms[0]


# ---------------------------------------------------------------------------- checks

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
ACCEL = re.compile(r"&([^&\s])")


def accelerator(text):
    m = ACCEL.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def problems(context, source, comment, forms, numerus, plural_forms):
    """What a translation breaks: each problem names the rule."""
    found = []
    if numerus and len(forms) != plural_forms:
        found.append(f"{len(forms)} plural form(s) given, the language has {plural_forms}")
    if not numerus and len(forms) != 1:
        found.append("plural forms given for a message without %n")
    for form in forms:
        if not form:
            found.append("empty translation")
            continue
        want = sorted(PLACEHOLDER.findall(source))
        have = sorted(PLACEHOLDER.findall(form))
        if numerus:  # a singular form may spell out "one" instead of %n
            want = [p for p in want if p != "%n"]
            have = [p for p in have if p != "%n"]
        if want != have:
            found.append(f"placeholders {want} in the source, {have} in \"{form}\"")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
            found.append(f"HTML tags differ in \"{form}\"")
        if (accelerator(source) is None) != (accelerator(form) is None):
            found.append(f"accelerator (&) present in only one of source and \"{form}\"")
        for ending in (":", "…", "...", "\n", " "):
            if source.endswith(ending) and not form.endswith(ending):
                found.append(f"the source ends with {ending!r}, \"{form}\" does not")
        for start in ("\n", " "):
            if source.startswith(start) and not form.startswith(start):
                found.append(f"the source starts with {start!r}, \"{form}\" does not")
    return found


def accelerator_clashes(messages, memory):
    """Contexts where the translation gives one letter to more menu entries than English does."""
    clashes = []
    by_context = defaultdict(list)
    for m in messages:
        if m.dead():
            continue
        forms = lookup(memory, m.context, m.source, m.comment)
        if forms and accelerator(m.source):
            by_context[m.context].append((m.source, forms[0]))
    for context, pairs in by_context.items():
        english = defaultdict(list)
        translated = defaultdict(list)
        for source, form in pairs:
            english[accelerator(source)].append(source)
            translated[accelerator(form)].append(form)
        for letter, forms in translated.items():
            if len(forms) > 1 and len(forms) > max((len(v) for v in english.values()), default=1):
                clashes.append(f"{context}: '&{letter}' on {', '.join(repr(f) for f in forms)}")
    return clashes


# ---------------------------------------------------------------------------- commands

def plural_form_count(messages):
    counts = [len(m.forms()) for m in messages if m.numerus and m.forms()]
    return max(counts) if counts else 2


def fill(lang, verbose):
    memory, lines, tm_path = read_memory(lang)
    tree, messages = read_ts(lang)
    plurals = plural_form_count(messages)
    filled, kept, missing, bad = 0, 0, [], []
    for m in messages:
        if m.dead():
            continue
        forms = lookup(memory, m.context, m.source, m.comment)
        if forms is None:
            if m.unfinished():
                missing.append(m)
            else:
                kept += 1
            continue
        issues = problems(m.context, m.source, m.comment, forms, m.numerus, plurals)
        if issues:
            bad.append(f"{m.describe()}: " + "; ".join(issues))
            missing.append(m)
            continue
        if m.forms() != forms or m.unfinished():
            set_translation(m, forms)
        filled += 1
    changed = write_ts(tree, lang)
    print(f"{lang}: {filled} message(s) from {os.path.relpath(tm_path, ROOT)}, {kept} kept as translated in the .ts, "
          f"{len(missing)} untranslated{'; file rewritten' if changed else '; file unchanged'}")
    for b in bad:
        print(f"  refused: {b}")
    if verbose:
        for m in missing:
            print(f"  untranslated: {m.describe()}")
    return missing, bad


def missing_rows(lang):
    memory, _, _ = read_memory(lang)
    _, messages = read_ts(lang)
    plurals = plural_form_count(messages)
    seen = set()
    for m in messages:
        if m.dead() or lookup(memory, m.context, m.source, m.comment) is not None:
            continue
        key = (m.context, m.source, m.comment)
        if key in seen:
            continue
        seen.add(key)
        empty = "\t".join([""] * (plurals if m.numerus else 1))
        print("\t".join(escape_field(x) for x in key) + "\t" + empty)


def check(lang):
    memory, lines, tm_path = read_memory(lang)
    _, messages = read_ts(lang)
    plurals = plural_form_count(messages)
    live = {(m.context, m.source, m.comment): m for m in messages if not m.dead()}
    count = 0
    for key, forms in memory.items():
        m = live.get(key)
        numerus = m.numerus if m else "%n" in key[1]
        for issue in problems(*key, forms, numerus, plurals):
            print(f"{os.path.relpath(tm_path, ROOT)}:{lines[key]}: {issue}")
            count += 1
    for clash in accelerator_clashes(messages, memory):
        print(f"{lang}: accelerator clash: {clash}")
        count += 1
    unused = [k for k in memory if k[0] and k not in live]
    for k in unused:
        print(f"{os.path.relpath(tm_path, ROOT)}:{lines[k]}: not in the sources any more: {k[0]}: \"{k[1]}\"")
    return count


SOURCE_DIRS = ("core", "ui", "app", "report")  # as translations/CMakeLists.txt


def find_lupdate():
    import shutil
    for candidate in (os.environ.get("LUPDATE"), shutil.which("lupdate6"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate")):
        if candidate and os.path.exists(candidate):
            return candidate
    raise OSError("lupdate not found: install qt6-l10n-tools or set LUPDATE to its path")


def refresh(langs):
    """lupdate over the project's folders only (given Boost's include paths it crawls for minutes)."""
    import subprocess
    dirs = [d for d in SOURCE_DIRS if os.path.isdir(os.path.join(ROOT, d))]
    ts = [os.path.relpath(ts_path(lang), ROOT) for lang in langs]
    done = subprocess.run([find_lupdate(), "-locations", "none", *dirs, "-ts", *ts], cwd=ROOT,
                          capture_output=True, text=True)
    output = done.stdout + done.stderr
    for line in output.splitlines():
        if "lacks Q_OBJECT" in line or "Found" in line:
            print(f"  lupdate: {line.strip()}")
    if done.returncode != 0:
        raise OSError(f"lupdate failed:\n{output}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("fill", "missing", "check", "refresh"))
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="default: all")
    parser.add_argument("-v", "--verbose", action="store_true", help="fill: name every untranslated message")
    args = parser.parse_args()
    langs = args.lang or list(LANGUAGES)
    try:
        if args.command == "refresh":
            refresh(langs)
        if args.command in ("fill", "refresh"):
            failed = False
            for lang in langs:
                missing, bad = fill(lang, args.verbose)
                failed = failed or bool(missing) or bool(bad)
            return 1 if failed else 0
        if args.command == "missing":
            for lang in langs:
                print(f"# {lang}")
                missing_rows(lang)
            return 0
        return 1 if sum(check(lang) for lang in langs) else 0
    except (MemoryError_, ET.ParseError, OSError) as e:
        print(f"translations.py: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
