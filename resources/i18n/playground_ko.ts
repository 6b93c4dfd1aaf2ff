<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>Open &amp;deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lecture: slides of setups with captions, notes and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent dec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deck a&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deck &amp;report (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each question of the deck, its answer rule and the hands typed for each choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Add current setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s race as it is now, as a new slide after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the setup&apos;s title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the setup&apos;s caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes: only the notes window shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (predict, then reveal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which optimizer reaches the minimum first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: shown in the caption after the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckFeature</name>
    <message>
        <source>&amp;Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next slide, paused with its caption (a clicker&apos;s forward button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous slide (a clicker&apos;s back button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home while a deck is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End while a deck is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the map to black and back (. or, with a deck open, B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;notes window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slide&apos;s notes in a window of their own (for the laptop screen while the map is on the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;course deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lecture: the scenarios in teaching order, with questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck &amp;editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course deck could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {0} could not be shown: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {0} of {1}: {2}. Space plays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckFiles</name>
    <message>
        <source>Open deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

The file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a deck this program can open.

{1}{2}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved deck {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deck report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the deck&apos;s report {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Speaker notes – Optimizer Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deck open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} slides: none shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hands went up for this choice (goes into the deck&apos;s report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionFlow</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map where you think it ends ({0} guesses so far). Space plays and reveals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the room, type the hands if you like. Space plays and reveals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing… the answer shows when the race is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question has no answer for this race ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is marked; the caption explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best guess scores {0:.0%} (1 = on the spot, 0 = a quarter of the map away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} hands were right ({2:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TuneFeature</name>
    <message>
        <source>Tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show t&amp;une panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep every racer&apos;s learning rate with the same budget ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race t&amp;uned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every tuned racer to its best learning rate and restart ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to tune: no racer has a learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning {n} racers: {p} learning rates × {s} seed(s) × {k} steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning cancelled; the previous results stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning failed: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not swept (line search sets the step): {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best learning rates by median {o}: {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} racers set to their tuned learning rate; race restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep saved to {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <source>Seeds of the gradient noise (used by lanes with noise &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss &apos;steps to target&apos; counts the steps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tune sweeps every racer&apos;s learning rate with the same budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View3D</name>
    <message>
        <source>Camera presets: drag to orbit, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white dots: known minima · dark dots: saddles · pin: start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View3DFeature</name>
    <message>
        <source>&amp;3-D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-D view in place of the &amp;map (canvas only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;3-D view (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landscape in 3-D beside the map: drag to orbit, wheel to zoom ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas only with the 3-D view in place of the map ({key}; F10 is the map, Esc returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the 3-D view as shown, with its legend and the optimizers&apos; colours, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−∇f at the focused optimizer&apos;s point, drawn on the surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hessian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigen-directions there: curving up (dark), down (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the 3-D view as a PNG image (also File → Export 3-D view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the 3-D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
