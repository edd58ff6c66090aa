package com.example.it.previs;

/** The frame rate of the previs cut; its field does not compile. */
public class FrameRate {

  int frames = "24";
}
