from fpgaprune.cli import main

raise SystemExit(main())
