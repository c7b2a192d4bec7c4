// §3.1.3 exploratory elements (seed/exploratory_elements.csv) are keyed by id, like every other node.
CREATE CONSTRAINT exploratory_element_id IF NOT EXISTS FOR (n:ExploratoryElement) REQUIRE n.id IS UNIQUE;
