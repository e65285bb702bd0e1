"""Theme labelling component: classifies the theme phrases extract found; document themes with evidence."""
