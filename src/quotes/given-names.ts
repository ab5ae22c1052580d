// Common given names that are (nearly) always one gender, so that `he` after `said Jane Doe` is not taken
// for her. It owns only the two lists; reading a name's first word is speaker-names.ts's job.
//
// Source: general knowledge of the most common given names, not any article: the US Social Security
// Administration's top names by decade of birth (1940s to 2000s, the ages of people quoted in news), the
// UK Office for National Statistics' top baby names, the usual English short forms of those names
// (Robert → Bob, Rob, Bobby), and a few dozen of the most common given names of Spanish, French, German,
// Italian, Russian and Arabic speakers. Left out on purpose: names given to both sexes in numbers (Chris,
// Pat, Sam, Alex, Jordan, Taylor, Kelly, Lindsey, Leslie, Lynn, Jean, Terry, Dana, Robin, Kim, Lee, Jamie,
// Casey, Morgan, Tracy, Shannon, Lou, Jess), names of one famous person, surnames used as given names, names
// that are chiefly places (Virginia, Georgia, Charlotte, Savannah, Madison, Florence, Sydney, Chelsea,
// Victoria, Regina, Austin: `the Charlotte Observer` is no woman) and month names (April, May, June).
// A name not listed tells nothing, which is the safe answer.

const FEMALE =
  // SSA top names, 1940s-2000s.
  'Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen Betty Helen ' +
  'Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley Cynthia Angela Melissa ' +
  'Brenda Amy Anna Rebecca Kathleen Pamela Martha Debra Amanda Stephanie Carolyn Christine Marie Janet ' +
  'Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris Gloria Evelyn Cheryl Mildred Katherine ' +
  'Joan Ashley Judith Rose Janice Nicole Judy Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori ' +
  'Rachel Marilyn Andrea Kathryn Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma ' +
  'Paula Diana Annie Lillian Emily Peggy Crystal Gladys Rita Dawn Connie Edna Tiffany Carmen ' +
  'Rosa Cindy Grace Wendy Edith Sherry Sylvia Josephine Thelma Sheila Ethel Ellen Elaine Marjorie ' +
  'Carrie Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie Clara Lucille ' +
  'Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele Gail Bertha Darlene Veronica Jill Erin ' +
  'Geraldine Lauren Cathy Joann Lorraine Lynda Sally Erica Beatrice Dolores Bernice Audrey Yvonne ' +
  'Annette Samantha Stacy Ana Renee Ida Vivian Roberta Holly Brittany Melanie Loretta Yolanda ' +
  'Jeanette Laurie Katie Kristen Vanessa Alma Sue Elsie Beth Jeanne Vicki Carla Tara Rosemary Eileen Lucy ' +
  'Stacey Wilma Gina Kristin Natalie Agnes Vera Charlene Bessie Delores Melinda Pearl Arlene Maureen ' +
  'Colleen Allison Tamara Joy Constance Lillie Claudia Jackie Marcia Tanya Nellie Minnie Marlene ' +
  'Heidi Glenda Lydia Viola Courtney Marian Stella Caroline Dora Vickie Mattie Maxine Irma Mabel Marsha ' +
  'Myrtle Lena Christy Deanna Patsy Hilda Gwendolyn Jennie Nora Margie Nina Cassandra Leah Penny ' +
  'Priscilla Naomi Carole Brandy Olga Dianne Leona Jenny Felicia Sonia Miriam Velma Becky Bobbie Violet ' +
  'Kristina Toni Misty Mae Shelly Daisy Ramona Sherri Erika Katrina Claire Belinda Margarita Sheryl ' +
  'Cora Faye Ada Natasha Sabrina Isabel Marguerite Hattie Harriet Molly Cecilia Kristi Brandi Blanche ' +
  'Rosie Joanna Iris Eunice Angie Inez Hillary Kelsey Brooke Alexandra Abigail Olivia ' +
  'Hannah Sophia Isabella Ava Mia Chloe Ella Addison Lily Zoe Hailey Kayla Alexis Destiny ' +
  'Jasmine Haley Kaitlyn Brianna Jenna Katelyn Mackenzie Gabrielle Paige Caitlin ' +
  // UK top names not above.
  'Sophie Jade Amelia Isla Poppy Freya Ellie Evie Phoebe Imogen Fiona Gemma Kirsty Nicola ' +
  'Lesley Gillian Alison Shona Siobhan Bethany Rebekah Keeley Leanne ' +
  // Common short forms.
  'Kate Katy Patty Liz Betsy Jen Deb Vicky Maggie Meg Nan ' +
  'Abby Ally Liza Lizzie Polly Dot Trish Tricia Mandy Mindy Suzy Susie ' +
  // Spanish, French, German, Italian, Russian, Arabic.
  'Lucia Sofia Pilar Mercedes Rocio Guadalupe Marta Elena Ines Beatriz Adriana ' +
  'Monique Nathalie Isabelle Sylvie Sandrine Celine Camille Francoise Brigitte Martine Veronique ' +
  'Ursula Ingrid Gisela Petra Sabine Monika Heike Birgit Giulia Francesca Chiara Giovanna Rosalia Paola ' +
  'Tatiana Natalia Irina Svetlana Galina Lyudmila Yulia Ekaterina Anastasia Fatima Aisha Mariam ' +
  'Maryam Layla Leila Zainab Khadija Yasmin Amina Nour Salma Huda';

const MALE =
  // SSA top names, 1940s-2000s.
  'James John Robert Michael William David Richard Joseph Charles Thomas Christopher Daniel Matthew Anthony ' +
  'Donald Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan ' +
  'Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory ' +
  'Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle ' +
  'Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Sean Arthur Noah Lawrence Jesse ' +
  'Joe Bryan Billy Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy ' +
  'Vincent Russell Louis Philip Bobby Johnny Bradley Howard Fred Ernest Martin Craig Stanley Shawn Travis ' +
  'Curtis Earl Jimmy Clarence Allen Glenn Todd Phillip Norman Leonard Frederick Dale Victor Danny Barry ' +
  'Chad Kurt Marvin Herbert Clifford Melvin Leroy Francis Lloyd Steve Theodore Derek Calvin Bernard Alfred ' +
  'Warren Edwin Jim Don Lewis Gordon Leon Oscar Mitchell Neil Jon Rodney Tony Ricky Troy Shane Luis ' +
  'Carlos Jorge Manuel Antonio Miguel Mario Ruben Hector Rafael Franklin Harvey Herman Floyd Gene ' +
  'Ronnie Dwight Milton Vernon Wallace Leo Marcus Dean Elmer Hugh Ray Wesley Derrick Jeff Tom Nelson ' +
  'Ross Byron Clyde Duane Lance Cecil Max Reginald Everett Jay Harry Seth Caleb Luke Elijah Isaac ' +
  'Owen Connor Hunter Evan Cole Jake Mason Liam Lucas Wyatt Landon Colin Ian Brett Spencer Garrett Trevor ' +
  'Cody Dustin Corey Joel Marc Grant Dominic Blake Chase ' +
  // UK top names not above.
  'Oliver Callum Declan Rhys Gareth Nigel Graham Malcolm Alistair Alastair Angus Hamish ' +
  'Neville Clive Geoffrey Rupert Giles Hugo Archie Alfie Freddie Reuben Toby Rory ' +
  // Common short forms.
  'Mike Mick Mickey Bill Will Willy Bob Rob Robbie Bert Tommy Dave Davy ' +
  'Stevie Dan Ken Kenny Tim Timmy Ted Teddy Ed Eddie Ron Donny Rick Rich ' +
  'Richie Dick Chuck Charlie Matt Andy Nick Nicky Pete Josh Frankie Freddy Hank ' +
  'Hal Al Ben Benny Phil Walt Wally Russ Doug Stu Herb Bernie Stan Vic Vince Greg Gregg Len ' +
  'Lenny Mitch Joey Zach Nate Gus Ollie ' +
  // Spanish, French, German, Italian, Russian, Arabic.
  'Pedro Francisco Javier Alejandro Fernando Ricardo Enrique Eduardo Sergio Raul Pablo Diego Andres ' +
  'Pierre Jacques Michel Philippe Francois Alain Emmanuel Nicolas Olivier Thierry Laurent ' +
  'Hans Klaus Wolfgang Jurgen Dieter Helmut Horst Uwe Stefan Matthias Giuseppe Giovanni Francesco ' +
  'Luigi Marco Luca Matteo Alessandro Roberto Paolo Vladimir Sergei Sergey Dmitry Dmitri Alexei Ivan ' +
  'Boris Mikhail Nikolai Andrei Yuri Igor Viktor Mohammed Muhammad Mohamed Ahmed Ahmad Ali Hassan ' +
  'Hussein Omar Khalid Abdullah Ibrahim Youssef Yusuf Mahmoud Mustafa Karim Tariq Hamid Rashid';

/** Given names that are (nearly) always a woman's. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE.split(' '));
/** Given names that are (nearly) always a man's. */
export const MALE_NAMES: ReadonlySet<string> = new Set(MALE.split(' '));
