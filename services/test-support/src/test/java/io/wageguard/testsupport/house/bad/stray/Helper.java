package io.wageguard.testsupport.house.bad.stray;

/** Breaks the layout: a package outside the house's rooms. */
public class Helper {}
