<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <source>Click a start point on a 2-D loss surface, pick optimizers and watch them race across saddles, plateaus, cliffs and ravines, tuning each one while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasinCompareDialog</name>
    <message>
        <source>Compare basin maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two optimizers and press Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: {0}. Press Recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}² starts x {1} steps each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasinFeature</name>
    <message>
        <source>Basin map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basin map &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basin map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour every start by where the focused optimizer ends (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare basin maps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two optimizers&apos; basin maps side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;basin map as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the basin map with its legend as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[out of date]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasinMapper</name>
    <message>
        <source>1 minimum reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minima reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0:.0%} diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the focus moved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasinPanel</name>
    <message>
        <source>Show basin map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour every start of the window by where the focused optimizer ends (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of the map over the contours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute when a hyperparameter, the surface or the focus changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focused optimizer&apos;s map beside another optimizer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;{1}, {2}² starts x {3} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map yet: press B or Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasinToast</name>
    <message>
        <source>Basin map of {0}: computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basin map of {0} is out of date: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContourCanvas</name>
    <message>
        <source>f − f_min  (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>&lt;i&gt;No data: pick linear_regression, logistic_regression or tiny_network&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No optimizer in focus&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataViewFeature</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data and the focused optimizer&apos;s model at the step shown (data surfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient &amp;fan (per-example gradients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every example&apos;s gradient at the focused point, this step&apos;s minibatch highlighted, their mean (the full gradient) bold (data surfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot in &amp;epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count epochs instead of steps on the loss plot (data surfaces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>a loss, e.g. 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point, e.g. [1, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true (which) or a lane&apos;s index (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lane&apos;s index, e.g. 0</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>ErrorDialog</name>
    <message>
        <source>Optimizer Playground: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>(This has happened {0} times.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, but the playground keeps running.

{0}{1}

The full traceback was printed to the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trajectories (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trajectories (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as shown, with a legend, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the race as an animated GIF (for slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;MP4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the race as an MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trajectories as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of every optimizer: point, loss, gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trajectories as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export {0}.

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (× screen size):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>Optimizer Playground setup (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New (start clean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default surface and optimizers, nothing from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save surface, optimizers, start point and view to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save setup &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New setup: the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open setup</source>
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
        <source>{0} is not a setup this program can open.

{1}{2}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session&apos;s setup was not restored ({0}); starting clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session&apos;s setup is back (File → New starts clean)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaEntry</name>
    <message>
        <source>Custom formula…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two minima, one deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egg crate in a bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saddle with walls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kink: |x| + |y|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-hump camel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A formula in x and y&lt;/b&gt;&lt;br&gt;numbers, x, y, the constants {0}&lt;br&gt;operators + − * / and ** or ^ (power), parentheses, unary minus&lt;br&gt;functions: {1} (min and max take two or more arguments)&lt;br&gt;multiplication must be written: 3*x, not 3x&lt;br&gt;&lt;i&gt;e.g.&lt;/i&gt; &lt;code&gt;x**4 - 2*x**2 + y**2&lt;/code&gt;, &lt;code&gt;0.1*(x^2 + y^2) + sin(3*x)&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x, y), e.g. x**2 + 10*y**2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s {0}: where the map is drawn and minima are searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this surface and race on it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid: {0} in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HessianProbe</name>
    <message>
        <source>Hessian not finite here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageFeature</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes to {0} at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program will be in {0} from its next start.

Restart now? (The current setup comes back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart: please start the program again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>f − f*  (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show loss &amp;plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the race (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every optimizer from the start point (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double the speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halve the speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the surface&apos;s whole window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log-spaced contour levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-scale &amp;loss (f − f*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thick trails (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-pixel trails: easier to see from the back of a room, slower to draw at top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Optimizer Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per second, 1 to 2,000 (log scale); [ and ] halve and double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race pauses at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0:,.0f} steps/s: the engine&apos;s limit here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Optimizer Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored damaged settings (defaults used instead): {0}</source>
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
    <name>OpenGL</name>
    <message>
        <source>OpenGL is unavailable: PyOpenGL is not installed (pip install PyOpenGL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is unavailable: no Qt application is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is unavailable on Qt&apos;s &apos;{0}&apos; platform (no display): the 3-D view needs a real or virtual X display (xvfb-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is unavailable: no OpenGL context could be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is unavailable: the OpenGL context cannot be made current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL is unavailable: only OpenGL ES {0}.{1} (desktop OpenGL 2.1 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenGL {0}.{1} is too old: the 3-D view needs OpenGL 2.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimizerList</name>
    <message>
        <source>Add instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race another copy of the selected optimizer, with its current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected added instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: tick to race, select to tune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <source>&lt;b&gt;No optimizer selected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an optimizer in the list to race it; select it to tune it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message>
        <source>&amp;Gradient step −η∇f (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Velocity / first moment (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step taken (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov &amp;look-ahead point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective-step ellipse (AdaGrad, RMSProp, Adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newton&apos;s quadratic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BFGS inverse-Hessian ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hessian eigen-directions at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polyak average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective step per coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same η, not per coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newton&apos;s quadratic model, × its stationary point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BFGS&apos;s H⁻¹ estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true H⁻¹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hessian eigen-directions (dashed: λ &amp;lt; 0); right click pins a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polyak average after step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polyak average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov&apos;s look-ahead point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlaysFeature</name>
    <message>
        <source>&amp;Overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide all overlays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>P&amp;resenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canvas only (hide panels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the map: for presenting (Esc returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, white and yellow, bigger markers: for projectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the whole UI up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the whole UI down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave canvas-only and full screen</source>
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
    <name>RaceModel</name>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not racing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at step {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>A GIF of {0} frames at {1}x{2} needs about {3:.1f} GB of memory while it is encoded; choose a smaller size, a shorter duration or a lower frame rate, or record an MP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race again from the start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is already computed (steps 0 to {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-D view, from its camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow camera orbit (a quarter turn over the race)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} frames, one every {1} step(s), {2:.1f} s with a 1 s pause at the end (shorter if every optimizer stops before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingProgress</name>
    <message>
        <source>Recording {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording {0}: frame {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {0}: {1}. Space plays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Left click on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every optimizer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the start marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right click on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the Hessian probe there (again: follow the cursor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind to that step (Play returns to the live end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecPanel</name>
    <message>
        <source>Clipping, schedule &amp; noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range: {0}   default: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s {1!r}: {2!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Scrub through the steps computed so far (Ctrl+Left / Ctrl+Right; End: live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the live end of the race (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rewound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, epoch {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFeature</name>
    <message>
        <source>Rewind one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward one step (in history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind ten steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward ten steps (in history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind to step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the live end</source>
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
        <source>final loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateRuleFeature</name>
    <message>
        <source>Update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;update rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateRulePanel</name>
    <message>
        <source>&lt;b&gt;No optimizer under focus&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a racing optimizer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0}: no step taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0} → {1}</source>
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
