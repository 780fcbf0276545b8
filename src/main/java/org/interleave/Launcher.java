package org.interleave;
// Entry point of the jar: no arguments opens the window, a subcommand runs headless.
public final class Launcher { public static void main(String[] a) { System.out.println("hi"); } }
